% AWQ (activation-aware weight quantization, Lin et al.), per-input-channel scaling as restated in public notes on
% the method: column i of the weight is divided by s_i, row i of the activation multiplied by it
W \in \mathbb{R}^{m \times n}, X \in \mathbb{R}^{n \times b}, s \in \mathbb{R}^{n}

\tilde{W}_{:,i} = W_{:,i} / s_i
\tilde{X}_{i,:} = X_{i,:} \cdot s_i
