declare const ROLE_DOCS_VERSION: string;

/** The package version the bundle was built from ('dev' when run from source). */
export function toolVersion(): string {
  return typeof ROLE_DOCS_VERSION === 'string' ? ROLE_DOCS_VERSION : 'dev';
}
