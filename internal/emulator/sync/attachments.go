package sync

import (
	"encoding/xml"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// attachments serves GET /attachments, /attachments/count,
// /attachments/:id (the raw file, not the envelope) and
// /attachments/:id/extra (the file as a {n, a, c} tree).
func (s *server) attachments(w http.ResponseWriter, req *request) {
	if req.method != http.MethodGet {
		methodNotAllowed(w)
		return
	}
	switch {
	case len(req.segs) == 1:
		s.listFor(w, req, attachmentsResource, false)
	case len(req.segs) == 2 && req.segs[1] == "count":
		s.listFor(w, req, attachmentsResource, true)
	case len(req.segs) == 2 || (len(req.segs) == 3 && req.segs[2] == "extra"):
		s.attachment(w, req, req.segs[1], len(req.segs) == 3)
	default:
		notFound(w, req.r)
	}
}

type attachmentFile struct {
	IDUser  string `json:"id_user"`
	Content string `json:"content"`
}

func (s *server) attachment(w http.ResponseWriter, req *request, id string, extra bool) {
	user := s.userOf(w, req)
	if user == "" {
		return
	}
	s.settle(user)
	var meta map[string]any
	var file attachmentFile
	found := false
	s.st.View(func(tx *bbolt.Tx) error {
		ok, err := state.GetJSON(tx, bucketAttachments, id, &meta)
		if err != nil || !ok || meta["id_user"] != user {
			return err
		}
		found, _ = state.GetJSON(tx, bucketAttachmentFiles, id, &file)
		return nil
	})
	if !found {
		WriteError(w, http.StatusNotFound, "Attachment not found")
		return
	}
	if !extra {
		mime, _ := meta["mime"].(string)
		if mime == "" {
			mime = "application/octet-stream"
		}
		name, _ := meta["file"].(string)
		content := withProlog(file.Content, mime, name)
		w.Header().Set("Content-Type", mime)
		w.Header().Set("Content-Length", strconv.Itoa(len(content)))
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, content)
		return
	}
	tree, err := xmlTree(file.Content)
	if err != nil {
		WriteError(w, http.StatusInternalServerError, "The attachment could not be read as XML")
		return
	}
	writeOK(w, map[string]any{
		"id_attachment": id, "id_user": user, "id_external": meta["id_external"], "is_valid": meta["is_valid"],
		"file": meta["file"], "mime": meta["mime"], "extra": []any{tree},
	})
}

// node is one element of Sync's extracted tree: upper-cased qualified name
// (prefix kept, as in the document), attributes, children. Empty members
// are left out, as in Sync's example.
type node struct {
	N string            `json:"n"`
	A map[string]string `json:"a,omitempty"`
	C []*node           `json:"c,omitempty"`
}

// xmlTree converts a document into the root's node. RawToken keeps the
// prefixes (cfdi:, tfd:) instead of resolving them to namespace URLs.
func xmlTree(doc string) (*node, error) {
	d := xml.NewDecoder(strings.NewReader(doc))
	var stack []*node
	var root *node
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{N: qname(t.Name)}
			for _, a := range t.Attr {
				if n.A == nil {
					n.A = map[string]string{}
				}
				n.A[qname(a.Name)] = a.Value
			}
			if len(stack) > 0 {
				parent := stack[len(stack)-1]
				parent.C = append(parent.C, n)
			} else if root == nil {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if root == nil {
		return nil, errors.New("no root element")
	}
	return root, nil
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return strings.ToUpper(n.Space + ":" + n.Local)
	}
	return strings.ToUpper(n.Local)
}

// xmlProlog is what real SAT CFDIs start with.
const xmlProlog = `<?xml version="1.0" encoding="UTF-8"?>` + "\n"

// withProlog gives an XML attachment its prolog when the stored document
// lacks one. The official SDKs treat a reply as a file only when its body
// starts with "<?xml" (sync-php's Sync::run); without it they try to read
// the CFDI as a JSON envelope.
func withProlog(content, mime, name string) string {
	isXML := strings.Contains(mime, "xml") || strings.HasSuffix(strings.ToLower(name), ".xml")
	if !isXML {
		return content
	}
	content = strings.TrimPrefix(content, "\ufeff") // a byte-order mark would hide the prolog
	if strings.HasPrefix(content, "<?xml") {
		return content
	}
	return xmlProlog + content
}
