package job

import (
	"context"
	"reflect"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/sdf"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// The Beam SDK finds DoFns, functions and element types on its workers by
// registration at init time (and runs them without reflection when they
// are registered with their types).
func init() {
	beam.RegisterType(reflect.TypeOf((*batch)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*counted)(nil)).Elem())
	register.DoFn3x1[context.Context, []byte, func(batch), error](&listFn{})
	register.Emitter1[batch]()
	register.DoFn8x1[context.Context, *sdf.LockRTracker, batch,
		func(string), func(string), func(string, int), func(string), func(string), error](&annotateFn{})
	register.Emitter1[string]()
	register.Emitter2[string, int]()
	register.Function2x1(toCounted)
	register.Function2x1(lessCounted)
	register.DoFn4x1[context.Context, []byte, func(*string) bool, func(string), error](&finalizeFn{})
	register.DoFn3x2[context.Context, []byte, func(*string) bool, string, error](&writeLinesFn{})
	register.Iter1[string]()
	register.DoFn5x2[context.Context, []byte, func(*string, *int) bool, func(*[]counted) bool, func(*[]counted) bool, string, error](&statsFn{})
	register.Iter2[string, int]()
	register.Iter1[[]counted]()
}
