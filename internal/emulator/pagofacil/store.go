package pagofacil

import (
	"fmt"
	"time"

	"github.com/mxpay/mxpay/internal/emulator/state"
	"go.etcd.io/bbolt"
)

// Buckets: every charge by its sequence number, and each order id's latest
// charge (what verificar answers).
const (
	chargesBucket = "pagofacil.charges"
	ordersBucket  = "pagofacil.orders"
)

// Charge is one processed transaccion as the emulator keeps it. The card is
// kept only as brand, BIN and last four digits, as PagoFácil echoes it: the
// state file never holds a card number or CVV.
type Charge struct {
	ID            uint64            `json:"id"`
	OrderID       string            `json:"idPedido"`
	Approved      bool              `json:"approved"`
	Authorization string            `json:"autorizacion"`
	Transaction   string            `json:"transaccion"`
	Brand         string            `json:"brand"`
	BIN           string            `json:"bin"`
	Last4         string            `json:"last4"`
	CardDigits    int               `json:"card_digits"`
	Amount        string            `json:"monto"`
	Start         time.Time         `json:"start"`
	End           time.Time         `json:"end"`
	Data          map[string]string `json:"data"` // the request's data[...] with card fields blanked
	// DetectedIP and HTTPS are where the request came from, as the reply's
	// dataVal reports them.
	DetectedIP string `json:"detected_ip,omitempty"`
	HTTPS      bool   `json:"https,omitempty"`
}

// save stores c with a new id and makes it its order id's latest charge.
func (s *server) save(c *Charge) error {
	return s.st.Update(func(tx *bbolt.Tx) error {
		id, err := state.NextID(tx, chargesBucket)
		if err != nil {
			return err
		}
		c.ID = id
		c.Transaction = fmt.Sprintf("S-PFE1S1I%d", 1140000+id)
		if err := state.PutJSON(tx, chargesBucket, fmt.Sprintf("%020d", id), c); err != nil {
			return err
		}
		if c.OrderID == "" {
			return nil
		}
		return state.PutJSON(tx, ordersBucket, c.OrderID, id)
	})
}

// lastCharge returns the latest charge of an order id, or nil.
func (s *server) lastCharge(orderID string) (*Charge, error) {
	var c *Charge
	err := s.st.View(func(tx *bbolt.Tx) error {
		var id uint64
		found, err := state.GetJSON(tx, ordersBucket, orderID, &id)
		if err != nil || !found {
			return err
		}
		var got Charge
		if found, err = state.GetJSON(tx, chargesBucket, fmt.Sprintf("%020d", id), &got); err != nil || !found {
			return err
		}
		c = &got
		return nil
	})
	return c, err
}

// Charges lists every charge the emulator processed, oldest first: tests
// and the fault drill count them to prove nothing was charged twice.
func Charges(st *state.Store) ([]Charge, error) {
	var out []Charge
	err := st.View(func(tx *bbolt.Tx) error {
		b := tx.Bucket([]byte(chargesBucket))
		if b == nil {
			return nil
		}
		return b.ForEach(func(k, _ []byte) error {
			var c Charge
			if _, err := state.GetJSON(tx, chargesBucket, string(k), &c); err != nil {
				return err
			}
			out = append(out, c)
			return nil
		})
	})
	return out, err
}
