// Command startcheck prints how long the first morph.Default() call takes
// in a fresh process and the heap it leaves (start-up budget check).
package main

import (
	"fmt"
	"runtime"
	"time"

	"github.com/quelle-nlp/quelle/morph"
)

func main() {
	t0 := time.Now()
	t := morph.Default()
	d := time.Since(t0)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Printf("Default(): %.1f ms, %d forms, heap in use %.1f MB\n", float64(d.Microseconds())/1000, t.Len(), float64(ms.HeapInuse)/1e6)
}
