% SGDR, Loshchilov & Hutter (2017), Eq. 5: cosine annealing within restart i
\eta_t = \eta^i_{min} + \frac{1}{2}(\eta^i_{max} - \eta^i_{min})(1 + \cos(\frac{T_{cur}}{T_i}\pi))
