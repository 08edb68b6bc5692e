import type { Attachment } from 'svelte/attachments';

/**
 * Makes a scroll box reachable from the keyboard while its table is wider than it is: then the
 * box takes focus (so arrow keys scroll it) and is a region named `label`; otherwise it is plain.
 */
export function scrollRegion(label: string): Attachment<HTMLElement> {
  return (box) => {
    const check = () => {
      if (box.scrollWidth > box.clientWidth) {
        box.tabIndex = 0;
        box.setAttribute('role', 'region');
        box.setAttribute('aria-label', label);
      } else {
        for (const name of ['tabindex', 'role', 'aria-label']) box.removeAttribute(name);
      }
    };
    const observer = new ResizeObserver(check);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  };
}
