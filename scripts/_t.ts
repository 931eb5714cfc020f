import { PostDocument } from '../rules/document';
const d = new PostDocument("Badgers are pests. Landlords are pests. Councillors are parasites. Knotweed is a plague. Tourists are a pain. Gulls are vermin. Ticks are parasites. Magpies are thieves. Travellers are thieves.");
for (const s of d.sentences) console.log(s.tokens.map(t => `${t.text}:${[...t.tags].join('/')}`).join(' '));
