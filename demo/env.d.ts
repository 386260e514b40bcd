// Vite's `?raw` imports (the file's text), as the builder uses for carepath.css.
declare module '*?raw' {
  const text: string;
  export default text;
}
