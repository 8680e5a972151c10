% Attention Is All You Need, Vaswani et al. (2017), §3.5, as printed: "where pos is the position and i
% is the dimension"; nothing declares PE, so the number of positions and d_model are sizes given when
% running it (--dim n_pos=… --dim d_model=…); pos counts from 0, i over d_model/2 (from 2i/d_model)
PE_{(pos, 2i)} = \sin(pos / 10000^{2i/d_{\text{model}}})
PE_{(pos, 2i+1)} = \cos(pos / 10000^{2i/d_{\text{model}}})
