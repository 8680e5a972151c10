% Sinusoidal positional encoding (Vaswani et al., 2017, §3.5): even columns are sines, odd columns
% cosines, of wavelengths from 2π to 10000·2π. No input fixes n or d_model, so the generated
% method takes them as sizes (eqc run: --dim n=… --dim d_model=…).
PE \in \mathbb{R}^{n \times d_{model}}

PE_{(pos, 2i)} = \sin(pos / 10000^{2i/d_{model}})
PE_{(pos, 2i+1)} = \cos(pos / 10000^{2i/d_{model}})
