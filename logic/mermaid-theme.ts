/**
 * The deck's Mermaid theme, in either scheme: the build draws each diagram in both (logic/diagram-drawings.ts), so a
 * scheme switch shows the other drawing. Colours come from data/palette.ts; text and edge labels keep ≥4.5:1
 * contrast in both schemes.
 */
import type { MermaidConfig } from 'mermaid'
import { palette } from '../data/palette'

const font = 'Inter, ui-sans-serif, system-ui, sans-serif'

export function mermaidThemeVariables(dark: boolean): Record<string, string | boolean> {
  const colours = palette[dark ? 'dark' : 'light']
  return {
    darkMode: dark,
    background: colours.ground,
    fontFamily: font,
    fontSize: '16px',
    primaryColor: colours.tint,
    primaryTextColor: colours.text,
    primaryBorderColor: colours.accent,
    lineColor: colours.muted,
    textColor: colours.text,
    edgeLabelBackground: colours.ground,
    secondaryColor: colours.subtle,
    tertiaryColor: colours.subtle,
  }
}

/** The full config for one scheme, as Mermaid is initialised to draw it. */
export function mermaidTheme(dark: boolean): MermaidConfig {
  return {
    theme: 'base',
    // Mermaid 12 lays flowcharts out with ELK and draws them in its 'neo' look by default; dagre and the classic look
    // keep the compact layout that lets a diagram sit beside its tie list with text at 12px or more.
    layout: 'dagre',
    look: 'classic',
    themeVariables: mermaidThemeVariables(dark),
    flowchart: {
      // Tighter than Mermaid's defaults, so a diagram fits beside its tie list without shrinking text below 12px.
      nodeSpacing: 14,
      rankSpacing: 28,
      padding: 8,
      diagramPadding: 4,
      // Mermaid 12 wraps labels at 120px (11 did at 200) and widens every node to 120px: narrow, tall nodes and
      // wide short ones would shrink the whole diagram. These restore Mermaid 11's sizes.
      wrappingWidth: 200,
      minNodeWidth: 0,
      htmlLabels: true,
    },
  }
}
