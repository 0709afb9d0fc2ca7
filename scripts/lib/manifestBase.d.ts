export declare const DEV_BASE: string;
export declare function normaliseBase(value: string): string;
export declare function rebaseManifest(xml: string, base: string): string;
export declare function manifestUrls(xml: string): string[];
