module github.com/mmcdole/gofeed

go 1.25.0

require (
	github.com/stretchr/testify v1.11.1
	github.com/urfave/cli v1.22.17
	golang.org/x/net v0.57.0
)

require (
	github.com/cpuguy83/go-md2man/v2 v2.0.7 // indirect
	github.com/davecgh/go-spew v1.1.1 // indirect
	github.com/mmcdole/goxpp/v2 v2.0.0
	github.com/pmezard/go-difflib v1.0.0 // indirect
	github.com/russross/blackfriday/v2 v2.1.0 // indirect
	golang.org/x/text v0.40.0 // indirect
	gopkg.in/yaml.v3 v3.0.1 // indirect
)
