package main

func runEval(args []string, e *env) error  { return usagef("eval: not implemented yet") }
func runAgree(args []string, e *env) error { return usagef("agree: not implemented yet") }
func runAnnotate(args []string, e *env) error { return usagef("annotate: not implemented yet") }
