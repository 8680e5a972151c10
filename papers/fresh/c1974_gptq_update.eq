% GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers, Frantar et al. (ICLR 2023),
% Eq. 2 (from memory, the OBS update): the update of the remaining weights F after quantising weight q, with the
% inverse Hessian H_F^{-1} (d x d) and the quantised value quant(w_q) given (declared from the prose)
\mathbf{w} \in \mathbb{R}^{d}, \mathbf{H}_F^{-1} \in \mathbb{R}^{d \times d}, \operatorname{quant}(w_q) \in \mathbb{R}, q \in \mathbb{N}

\boldsymbol{\delta}_F = -\frac{w_q - \operatorname{quant}(w_q)}{[\mathbf{H}_F^{-1}]_{qq}} \cdot (\mathbf{H}_F^{-1})_{:,q}
