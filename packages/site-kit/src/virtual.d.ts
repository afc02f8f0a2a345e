declare module 'virtual:jiyue/bundle-path' {
  /** Absolute path of the site's bundle (apps/<site>/.jiyue/site.json). */
  const path: string;
  export default path;
}
