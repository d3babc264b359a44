// Types for Slidev's client source, which is type-checked along with ours because it ships as TypeScript.
/// <reference types="@slidev/types/client" />
/// <reference path="./node_modules/@slidev/client/shim.d.ts" />
/// <reference path="./node_modules/@slidev/client/shim-vue.d.ts" />

// Build-time flags Slidev defines through Vite (see @slidev/cli's define plugin).
declare const __DEV__: boolean
declare const __SLIDEV_CLIENT_ROOT__: string
declare const __SLIDEV_HASH_ROUTE__: boolean
declare const __SLIDEV_MEMORY_ROUTE__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS__: boolean
declare const __SLIDEV_FEATURE_EDITOR__: boolean
declare const __SLIDEV_FEATURE_DRAWINGS_PERSIST__: boolean
declare const __SLIDEV_FEATURE_RECORD__: boolean
declare const __SLIDEV_FEATURE_PRESENTER__: boolean
declare const __SLIDEV_FEATURE_PRINT__: boolean
declare const __SLIDEV_FEATURE_BROWSER_EXPORTER__: boolean
declare const __SLIDEV_FEATURE_WAKE_LOCK__: boolean
declare const __SLIDEV_FEATURE_PWA__: boolean
declare const __SLIDEV_HAS_SERVER__: boolean

// The diagrams' drawings, made at build time by setup/vite-plugins.ts: a loader of each drawing's SVG, by its key.
declare module 'virtual:diagram-drawings' {
  const drawings: Record<string, () => Promise<{ default: string }>>
  export default drawings
}
