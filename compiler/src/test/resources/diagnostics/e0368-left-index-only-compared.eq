% the Switch Transformer's fraction of tokens routed to expert i: i is only compared, so nothing gives its range
p \in \mathbb{R}^{T \times N}

f_i = \frac{1}{T} \sum_{t=1}^{T} \mathbb{1}\{\mathrm{argmax}_j\, p_{tj} = i\}
% ~ERROR E0368
