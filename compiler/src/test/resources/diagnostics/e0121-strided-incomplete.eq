% Sinusoidal positional encoding with only the sine half written: the odd columns are undefined.
PE \in \mathbb{R}^{n \times d_{model}}
PE_{(pos, 2i)} = \sin(pos / 10000^{2i/d_{model}})
% ~ERROR E0121
