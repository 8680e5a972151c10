% Luong, Pham & Manning (2015), Eq. 7 and Eq. 8: the general score and the alignment vector a_t over the
% source states \bar{h}_s (S of them, rows of \bar{h})
h_t \in \mathbb{R}^{d}, \bar{h} \in \mathbb{R}^{S \times d}, W_a \in \mathbb{R}^{d \times d}

\mathrm{score}(h_t, \bar{h}_s) = h_t^\top W_a \bar{h}_s
a_t(s) = \frac{\exp(\mathrm{score}(h_t, \bar{h}_s))}{\sum_{s'} \exp(\mathrm{score}(h_t, \bar{h}_{s'}))}
