import type { Page } from 'playwright-core';

export interface LowContrast {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/**
 * Every visible text in `root` whose computed colour against its computed background falls
 * below WCAG AA: 4.5:1, or 3:1 for large text (24 px, or 18.66 px bold). Colours are composited
 * as the browser would: translucent backgrounds over what lies beneath, and faded ancestors
 * (opacity) blending the text into its background. Text at opacity 0 is not visible, so not
 * checked (hover-only actions are checked by hovering first).
 */
export function lowContrastTexts(page: Page, root = '#root'): Promise<LowContrast[]> {
  return page.evaluate((selector) => {
    type Rgba = [number, number, number, number];
    const parse = (value: string): Rgba => {
      const parts = value.match(/[\d.]+/g)?.map(Number) ?? [0, 0, 0, 0];
      return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1];
    };
    const over = (top: Rgba, bottom: Rgba): Rgba => {
      const a = top[3];
      return [top[0] * a + bottom[0] * (1 - a), top[1] * a + bottom[1] * (1 - a), top[2] * a + bottom[2] * (1 - a), 1];
    };
    const luminance = ([r, g, b]: Rgba) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const backgroundOf = (element: Element): Rgba => {
      const layers: Rgba[] = [];
      for (let node: Element | null = element; node; node = node.parentElement) {
        const layer = parse(getComputedStyle(node).backgroundColor);
        if (layer[3] > 0) layers.push(layer);
        if (layer[3] >= 1) break;
      }
      let colour: Rgba = parse(getComputedStyle(document.documentElement).backgroundColor);
      if (colour[3] === 0) colour = [255, 255, 255, 1];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const opacityOf = (element: Element) => {
      let opacity = 1;
      for (let node: Element | null = element; node; node = node.parentElement)
        opacity *= Number(getComputedStyle(node).opacity);
      return opacity;
    };
    const found: LowContrast[] = [];
    const rootElement = document.querySelector(selector);
    if (!rootElement) return found;
    const walker = document.createTreeWalker(rootElement, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden') continue;
      if (element.closest('svg') && !element.closest('text')) continue;
      const opacity = opacityOf(element);
      if (opacity < 0.01) continue;
      const background = backgroundOf(element);
      const colour = parse(element.closest('svg text') ? style.fill : style.color);
      const faded = over([colour[0], colour[1], colour[2], colour[3] * opacity], background);
      const [light, dark] = [luminance(faded), luminance(background)].sort((a, b) => b - a) as [number, number];
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      const needed = large ? 3 : 4.5;
      if (ratio < needed)
        found.push({
          text: text.slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: `rgb(${faded.slice(0, 3).map(Math.round).join(', ')})`,
          background: `rgb(${background.slice(0, 3).map(Math.round).join(', ')})`,
        });
    }
    return found;
  }, root);
}
