% Hua et al. 2022, "Transformer Quality in Linear Time", the gated attention unit (Eqs. 1, 3-4), with phi = SiLU
% as the paper states it.
X \in \mathbb{R}^{T \times d}, W_u, W_v \in \mathbb{R}^{d \times e}, W_z \in \mathbb{R}^{d \times s}, W_o \in \mathbb{R}^{e \times d}, \gamma_q, \beta_q, \gamma_k, \beta_k \in \mathbb{R}^{s}

U = \mathrm{SiLU}(XW_u), \quad V = \mathrm{SiLU}(XW_v)
Z = \mathrm{SiLU}(XW_z)
Q = \gamma_q \odot Z + \beta_q, \quad K = \gamma_k \odot Z + \beta_k
A = \mathrm{relu}^2\left(\frac{QK^\top}{T}\right)
O = (U \odot AV)W_o
