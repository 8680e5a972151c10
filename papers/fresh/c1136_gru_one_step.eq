% One step of a GRU's state update (Cho et al. 2014, Eq. 7): h_{t-1}, z_t and \tilde{h}_t are given for this
% step only, so the line is one step, not a scan
h_{t-1}, z_t, \tilde{h}_t \in \mathbb{R}^{d}

h_t = z_t \odot h_{t-1} + (1 - z_t) \odot \tilde{h}_t
