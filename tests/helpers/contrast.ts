/** WCAG contrast of two CSS colours (hex, rgb(), a name), by colord's a11y plugin. */
import { colord, extend } from 'colord';
import a11yPlugin from 'colord/plugins/a11y';

extend([a11yPlugin]);

export const contrast = (a: string, b: string): number => colord(a).contrast(b);
