declare module 'virtual:qmh-brand.css';
