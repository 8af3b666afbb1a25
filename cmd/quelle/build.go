package main

import (
	"github.com/quelle-nlp/quelle/annotate"
	"github.com/quelle-nlp/quelle/lexicon"
	"github.com/quelle-nlp/quelle/pipeline"
)

// pipelineBuild is the annotation pipeline while it is being built. With
// more than one core and JSONL output, quelle annotate builds it on a
// goroutine of its own (about 15 ms of CPU, 52 M instructions: the
// lexicon read into the stages and the speech grammar built; the
// morphology table is read in place) while a worker reads and decodes the
// first documents on another core, which would otherwise wait.
type pipelineBuild struct {
	done chan struct{} // closed when pipe and err are set
	pipe *annotate.Pipeline
	err  error
}

// startBuild builds the pipeline of lex and opt, on a goroutine of its own
// when async is set.
func startBuild(lex *lexicon.Lexicon, opt pipeline.Options, async bool) *pipelineBuild {
	b := &pipelineBuild{done: make(chan struct{})}
	build := func() {
		b.pipe, b.err = pipeline.New(lex, opt)
		close(b.done)
	}
	if async {
		go build()
	} else {
		build()
	}
	return b
}

// before returns the pipeline's error if building it failed, else err
// (waiting for the build): a broken lexicon is reported, as ever, before
// any other problem.
func (b *pipelineBuild) before(err error) error {
	if _, berr := b.wait(); berr != nil {
		return berr
	}
	return err
}

// wait returns the pipeline once it is built.
func (b *pipelineBuild) wait() (*annotate.Pipeline, error) {
	<-b.done
	return b.pipe, b.err
}

// finished reports whether the build has ended, without waiting.
func (b *pipelineBuild) finished() bool {
	select {
	case <-b.done:
		return true
	default:
		return false
	}
}

// earlyWindow is the number of documents read ahead while the pipeline is
// being built: a worker decodes them meanwhile (inFlight bytes of input
// bound them too). The bench corpus decodes at about 2 ms per MB (the
// page faults of the fresh text included), so the build's 15 ms are
// covered by about 7 MB of documents; 8192 news articles are about 22 MB,
// so for news the 16 MiB bound (inFlight) is the limit.
const earlyWindow = 8192
