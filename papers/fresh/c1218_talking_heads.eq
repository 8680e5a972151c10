% Shazeer et al. 2020, "Talking-Heads Attention": logits mixed across heads before and after the softmax
L \in \mathbb{R}^{H \times n \times m}, P_l, P_w \in \mathbb{R}^{H \times H}

J_{h',i,j} = \sum_{h} L_{h,i,j} P_l[h, h']
W_{h',i,j} = \mathrm{softmax}_j(J_{h',i,j})
U_{h'',i,j} = \sum_{h'} W_{h',i,j} P_w[h', h'']
