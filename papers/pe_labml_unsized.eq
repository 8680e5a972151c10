% Sinusoidal positional encoding as the labml.ai annotated Transformer prints it (bare sin/cos, \Bigg
% brackets): p the position, i the dimension; nothing gives the number of positions or d_model
PE_{p,2i} = sin\Bigg(\frac{p}{10000^{\frac{2i}{d_{model}}}}\Bigg)
PE_{p,2i + 1} = cos\Bigg(\frac{p}{10000^{\frac{2i}{d_{model}}}}\Bigg)
