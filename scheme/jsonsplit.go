package scheme

import (
	"encoding/json"
	"errors"
)

// field is one top-level member of a JSON object: its decoded key and its
// raw value.
type field struct {
	key string
	raw []byte
}

// splitObject splits a line holding one JSON object into its members
// without decoding the values, in one pass over the bytes. It rejects
// anything that is not exactly one valid JSON object (validity checked by
// encoding/json).
func splitObject(data []byte) ([]field, error) {
	if !json.Valid(data) {
		return nil, errors.New("not valid JSON")
	}
	return splitMembers(data)
}

// splitMembers is splitObject for data already known to be valid JSON.
func splitMembers(data []byte) ([]field, error) {
	i := skipWS(data, 0)
	if i >= len(data) || data[i] != '{' {
		return nil, errors.New("not a JSON object")
	}
	var out []field
	i = skipWS(data, i+1)
	for i < len(data) && data[i] != '}' {
		kEnd := skipString(data, i)
		var key string
		if err := json.Unmarshal(data[i:kEnd], &key); err != nil {
			return nil, err
		}
		i = skipWS(data, kEnd)
		i = skipWS(data, i+1) // the colon
		vEnd := skipValue(data, i)
		out = append(out, field{key: key, raw: data[i:vEnd]})
		i = skipWS(data, vEnd)
		if i < len(data) && data[i] == ',' {
			i = skipWS(data, i+1)
		}
	}
	return out, nil
}

func skipWS(data []byte, i int) int {
	for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
		i++
	}
	return i
}

// skipString returns the end of the string starting at data[i] == '"'.
func skipString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return i
}

// skipValue returns the end of the (valid) JSON value starting at i.
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return i
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				i = skipString(data, i) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return i + 1
				}
			}
		}
		return i
	}
	for i < len(data) && data[i] != ',' && data[i] != '}' && data[i] != ']' && data[i] != ' ' && data[i] != '\t' && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	return i
}
