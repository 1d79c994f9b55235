package scraper

import "net/url"

// europolAPI is the node API address that answers for an article URL.
func (src Source) europolAPI(article string) (string, error) {
	u, err := url.Parse(article)
	if err != nil {
		return "", err
	}
	api := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: src.API,
		RawQuery: url.Values{"url": {u.EscapedPath()}}.Encode()}
	return api.String(), nil
}
