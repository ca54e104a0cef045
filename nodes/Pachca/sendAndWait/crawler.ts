/** Words in the user agents of link-preview fetchers, crawlers and scripts. */
const NOT_A_PERSON =
	/bot|crawl|spider|slurp|preview|fetch|facebookexternalhit|embedly|vkshare|skype|teams|whatsapp|telegram|slack|discord|curl|wget|python|go-http|java\/|okhttp|axios|undici|node|headless|lighthouse|scan/i;

/**
 * Whether a request comes from something other than a person's browser: a chat's link preview,
 * a crawler, a security scanner or a script. Such a GET of an approval link must not count as
 * the answer. Browsers (and Pachca's in-app browser) all send a user agent that starts with
 * "Mozilla/"; no user agent at all is a fetcher too.
 */
export function isCrawler(userAgent: string | string[] | undefined): boolean {
	const agent = (Array.isArray(userAgent) ? userAgent.join(' ') : (userAgent ?? '')).trim();
	if (!/^(mozilla|opera)\//i.test(agent)) return true;
	return NOT_A_PERSON.test(agent);
}
