interface ImportMetaEnv {
  /** The brand this build is for (brands/<name>/), set by the brand integration; unset in unit tests, meaning "default". */
  readonly QMH_BRAND?: string;
}

declare module 'virtual:qmh-brand.css';

declare module 'virtual:qmh/brand' {
  const brand: import('~/frameworks/brandSchema').BrandConfig;
  export default brand;
}

declare module 'virtual:qmh/saved-shape/*' {
  const shape: import('~/frameworks/saved/readShape').JsonShape;
  export default shape;
}
