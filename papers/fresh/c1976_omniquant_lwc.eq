% OmniQuant: Omnidirectionally Calibrated Quantization for LLMs, Shao et al. (ICLR 2024), Eq. 2 (from memory):
% learnable weight clipping, with clipping strengths gamma, beta in [0,1] and N-bit integers; W is a matrix (prose)
\mathbf{W} \in \mathbb{R}^{m \times n}, \gamma, \beta \in \mathbb{R}, N \in \mathbb{N}

\mathbf{W_q} = \mathrm{clamp}(\lfloor \frac{\mathbf{W}}{h} \rceil + z, 0, 2^{N}-1), \mathrm{where} \,\, h = \frac{\gamma \max(\mathbf{W}) - \beta \min(\mathbf{W})}{2^{N}-1}, z = -\lfloor \frac{\beta \min(\mathbf{W})}{h} \rceil
