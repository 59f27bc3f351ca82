package pagofacil

import (
	"crypto/sha256"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// Approves is the emulator's answer for a valid Visa or Mastercard charge.
// The sandbox answers at random; the emulator must be deterministic so
// tests and demos can pick either outcome:
//
//   - an order id ending in "-approve" is approved, one ending in
//     "-decline" is declined (case-insensitive);
//   - any other order id is approved when the first byte of the SHA-256 of
//     the order id is even, declined when odd.
//
// American Express with valid data is always approved, as in the sandbox.
func Approves(orderID string) bool {
	lower := strings.ToLower(orderID)
	switch {
	case strings.HasSuffix(lower, "-approve"):
		return true
	case strings.HasSuffix(lower, "-decline"):
		return false
	}
	sum := sha256.Sum256([]byte(orderID))
	return sum[0]%2 == 0
}

// now is the emulator's clock, in Mexico City time as the provider reports.
func now() time.Time {
	if loc, err := time.LoadLocation("America/Mexico_City"); err == nil {
		return time.Now().In(loc)
	}
	return time.Now()
}

func (s *server) charge(w http.ResponseWriter, p *params) {
	if !p.authorised() {
		writeReply(w, "transaccion", validationReply(p.credentialErrors()))
		return
	}
	start := now()
	p.data = clipFreeText(p.data)
	if errs := validate(p.data, start); len(errs) > 0 {
		writeReply(w, "transaccion", validationReply(errs))
		return
	}
	number := strings.ReplaceAll(p.data["numeroTarjeta"], " ", "")
	c := &Charge{
		OrderID:    p.data["idPedido"],
		Brand:      brand(number),
		BIN:        number[:6],
		Last4:      number[len(number)-4:],
		CardDigits: len(number),
		Amount:     p.data["monto"],
		Start:      start,
		End:        start.Add(3 * time.Second),
		Data:       blanked(p.data),
		DetectedIP: p.remoteIP,
		HTTPS:      p.https,
	}
	c.Approved = c.Brand == amex || Approves(c.OrderID)
	if c.Approved {
		sum := sha256.Sum256([]byte(c.OrderID + start.String()))
		c.Authorization = fmt.Sprintf("%06d", (int(sum[0])<<16|int(sum[1])<<8|int(sum[2]))%1000000)
	}
	if err := s.save(c); err != nil {
		WriteError(w, http.StatusInternalServerError, "Error interno al guardar la transacción")
		return
	}
	writeReply(w, "transaccion", chargeReply(c))
}

// blanked copies the request's data with the card fields emptied, as the
// real API echoes them.
func blanked(d map[string]string) map[string]string {
	out := make(map[string]string, len(d))
	for k, v := range d {
		switch k {
		case "numeroTarjeta", "cvt", "mesExpiracion", "anyoExpiracion":
			v = ""
		case "idSucursal", "idUsuario":
			// The real API echoes the credentials truncated; never in full.
			v = truncate(v, 8)
		}
		out[k] = v
	}
	return out
}

// validationReply is the document's validation failure: autorizado "0",
// transaccion "n/a", error an object of field → message.
func validationReply(errs map[string]string) map[string]any {
	return map[string]any{
		"autorizado":  "0",
		"transaccion": "n/a",
		"texto":       "Error en las Validaciones - ",
		"error":       errs,
		"pf_message":  "Error en las Validaciones",
		"status":      "error",
	}
}

// chargeReply is the transaccion object for an approved or declined charge.
func chargeReply(c *Charge) map[string]any {
	data := map[string]string{}
	for k, v := range c.Data {
		data[k] = v
	}
	data["transFechaHora"] = fmt.Sprint(c.Start.Unix())
	data["bin"] = c.BIN
	cvv := 3
	if c.Brand == amex {
		cvv = 4
	}
	plan, months := c.Data["plan"], c.Data["mensualidades"]
	if plan == "" {
		plan = "NOR"
	}
	if months == "" {
		months = "00"
	}
	dataVal := map[string]any{
		"idSucursal": "1", "idUsuario": "1", "idEmpresa": "1", "nombre_comercial": "mxpay emulator",
		"nombre": c.Data["nombre"], "apellidos": c.Data["apellidos"], "cp": c.Data["cp"],
		"numeroTarjeta":  fmt.Sprintf("(%d) **** **** ****%s", c.CardDigits, c.Last4),
		"cvt":            fmt.Sprintf("(%d) %s", cvv, strings.Repeat("*", cvv)),
		"mesExpiracion":  "(2) **",
		"anyoExpiracion": "(2) **",
		"monto":          c.Amount, "idServicio": c.Data["idServicio"], "plan": plan, "diferenciado": "00",
		"mensualidades": months, "idPedido": c.OrderID, "tipoTarjeta": c.Brand,
		"httpUserAgent": c.Data["httpUserAgent"], "email": c.Data["email"], "telefono": c.Data["telefono"],
		"celular": c.Data["celular"], "calleyNumero": c.Data["calleyNumero"], "colonia": c.Data["colonia"],
		"municipio": c.Data["municipio"], "estado": c.Data["estado"], "pais": c.Data["pais"],
		"noMail": c.Data["noMail"], "transFechaHora": fmt.Sprint(c.Start.Unix()),
		// The rest of the document's dataVal: the account's settings, the
		// address the service saw, and a key for the card that is no hash of
		// it (the emulator never keeps the number).
		"ip": c.DetectedIP, "paisDetectedIP": c.DetectedIP, "https": onOff(c.HTTPS), "qa": "1",
		"source": "1", "recurrente": "0", "noProcess": "", "notaMail": "", "idCaja": "",
		"hashKeyCC":           cardKey(c),
		"settingsTransaction": accountSettings(),
	}
	reply := map[string]any{
		"autorizado": "0", "transaccion": c.Transaction, "mode": "S", "totalAttempts": "1",
		"idTransaccion":       strings.TrimPrefix(c.Transaction[strings.LastIndex(c.Transaction, "I"):], "I"),
		"tipoTarjetaBancaria": "CREDIT", "empresa": "mxpay emulator",
		"TransIni": c.Start.Format("03:04:05 pm 02/01/2006"), "TransFin": c.End.Format("03:04:05 pm 02/01/2006"),
		"TipoTC": c.Brand, "data": data, "dataVal": dataVal, "status": "success",
	}
	for i := 1; i <= 5; i++ {
		reply[fmt.Sprintf("param%d", i)] = c.Data[fmt.Sprintf("param%d", i)]
	}
	if c.Approved {
		reply["autorizado"] = "1"
		reply["autorizacion"] = c.Authorization
		reply["texto"] = "Transaction has been successful!-emulator"
		reply["pf_message"] = "Transaccion exitosa"
	} else {
		reply["texto"] = "Transaction has been denied!"
		reply["error"] = url.QueryEscape("Transacción inválida")
		reply["pf_message"] = "Transaccion denegada"
	}
	return reply
}

func truncate(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

func onOff(b bool) string {
	if b {
		return "on"
	}
	return "off"
}

// cardKey stands for the document's hashKeyCC: 24 hex digits that tell one
// card from another. It is made from what the emulator keeps (BIN, last
// four, the order) and never from the full number.
func cardKey(c *Charge) string {
	sum := sha256.Sum256([]byte(c.BIN + "/" + c.Last4 + "/" + c.OrderID))
	return fmt.Sprintf("%x", sum[:12])
}

// accountSettings are the demo account's settingsTransaction, as the
// document's examples show them.
func accountSettings() map[string]string {
	return map[string]string{
		"noMontoMes": "300000", "noTransaccionesDia": "100", "minTransaccionTc": "5", "tiempoDevolucion": "30",
		"sendPdfTransCliente": "1", "prodAltaDefault": "7", "AppService": "1", "noTransErroneas": "5",
		"minTransErroneas": "10", "suspencionServicio": "",
	}
}
