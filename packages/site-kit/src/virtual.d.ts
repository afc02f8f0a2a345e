declare module 'virtual:jiyue/site' {
  const bundle: import('@jiyue/content/bundle').SiteBundle;
  export default bundle;
}
