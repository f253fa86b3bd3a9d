/** The one font stack of the canvas (system fonts: nothing to load). */
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
