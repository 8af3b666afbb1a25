module github.com/quelle-nlp/quelle

go 1.26

require (
	github.com/blevesearch/snowballstem v0.9.0
	github.com/chromedp/chromedp v0.23.1
	github.com/jdkato/prose/v2 v2.0.0
	github.com/spf13/pflag v1.1.0
)

require (
	github.com/chromedp/cdproto v0.160.1 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
