// YouTube Studio: a video's title and description are plain contenteditables
// (#textbox) inside their own components; the details page saves both at once.
import { defineAdapter } from './types';

export const STUDIO_SELECTORS = {
  /** The video title box. */
  title: '#title-textarea #textbox[contenteditable="true"]',
  /** The video description box. */
  description: '#description-textarea #textbox[contenteditable="true"]',
  /** "Save" on the video details page (also "Publish"/"Save" of the upload dialog: #done-button). */
  submit: 'ytcp-button#save, #save-button, ytcp-button#done-button, #save button, #done-button button',
};

const findSubmit = () => document.querySelector<HTMLElement>(STUDIO_SELECTORS.submit);

export const studioTitle = defineAdapter({
  site: 'youtube',
  surface: 'studio-title',
  hosts: ['studio.youtube.com'],
  editor: STUDIO_SELECTORS.title,
  kind: 'plain',
  findSubmit,
});

export const studioDescription = defineAdapter({
  site: 'youtube',
  surface: 'studio-description',
  hosts: ['studio.youtube.com'],
  editor: STUDIO_SELECTORS.description,
  kind: 'plain',
  findSubmit,
});
