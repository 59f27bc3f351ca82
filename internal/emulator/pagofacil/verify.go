package pagofacil

import (
	"net/http"
	"net/url"
)

// verify answers verificar with the order id's latest result. The real
// reply for an unknown idPedido is undocumented; the emulator answers
// autorizado "0", status "0", no transaccion and a URL-encoded error.
func (s *server) verify(w http.ResponseWriter, p *params) {
	if !p.authorised() {
		writeReply(w, "verificar", validationReply(p.credentialErrors()))
		return
	}
	orderID := p.data["idPedido"]
	echo := map[string]string{
		"idPedido":   orderID,
		"idUsuario":  truncate(p.data["idUsuario"], 8),
		"idSucursal": truncate(p.data["idSucursal"], 8),
	}
	var c *Charge
	if orderID != "" {
		var err error
		if c, err = s.lastCharge(orderID); err != nil {
			WriteError(w, http.StatusInternalServerError, "Error interno al consultar la transacción")
			return
		}
	}
	if c == nil {
		writeReply(w, "verificar", map[string]any{
			"autorizado": "0",
			"texto":      "No se encontró la transacción",
			"error":      url.QueryEscape("No se encontró ninguna transacción con el idPedido indicado"),
			"status":     "0",
			"data":       echo,
		})
		return
	}
	d := c.Data
	address := d["calleyNumero"] + ". " + d["colonia"] + ", " + d["municipio"] + ". " + d["estado"] + ", " + d["pais"] + "."
	authorised := "0"
	if c.Approved {
		authorised = "1"
	}
	plan, months := d["plan"], d["mensualidades"]
	if plan == "" {
		plan = "NOR"
	}
	if months == "" {
		months = "00"
	}
	reply := map[string]any{
		"autorizado":  authorised,
		"transaccion": c.Transaction,
		"texto":       "emulator",
		"mode":        "S",
		"TransIni":    c.Start.Format("2006-01-02 15:04:05"),
		"TransFin":    c.End.Format("2006-01-02 15:04:05"),
		"TipoTC":      c.Brand,
		"dataVal": map[string]string{
			"nombre": d["nombre"] + " " + d["apellidos"], "cp": d["cp"], "monto": c.Amount,
			"idServicio": d["idServicio"], "idPedido": c.OrderID, "plan": plan, "diferenciado": "00",
			"mensualidades": months, "ip": d["ip"], "tipoTarjeta": c.Brand, "email": d["email"],
			"telefono": d["telefono"], "celular": d["celular"], "calleyNumero": address, "idCaja": "0",
		},
		"status": "1",
		"data":   echo,
	}
	if c.Approved {
		reply["autorizacion"] = c.Authorization
	} else {
		// The document lists error as always present in verificar's reply
		// ("el detalle de la transacción"); a declined order carries the
		// charge's own URL-encoded reason.
		reply["error"] = url.QueryEscape("Transacción inválida")
		reply["texto"] = "Transaction has been denied!"
	}
	writeReply(w, "verificar", reply)
}
