% Effective approaches to attention-based NMT, Luong, Pham & Manning (2015), Eq. 7 with the "general"
% score of Eq. 8: the alignment of target state h_t over the S source states (rows of \bar{h}).
\boldsymbol{h}_t \in \mathbb{R}^{d}, \bar{\boldsymbol{h}} \in \mathbb{R}^{S \times d}, \boldsymbol{W}_a \in \mathbb{R}^{d \times d}

\mathrm{score}(\boldsymbol{h}_t, \bar{\boldsymbol{h}}_s) = \boldsymbol{h}_t^\top \boldsymbol{W}_a \bar{\boldsymbol{h}}_s
\boldsymbol{a}_t(s) = \mathrm{align}(\boldsymbol{h}_t, \bar{\boldsymbol{h}}_s) = \frac{\exp\left(\mathrm{score}(\boldsymbol{h}_t, \bar{\boldsymbol{h}}_s)\right)}{\sum_{s'} \exp\left(\mathrm{score}(\boldsymbol{h}_t, \bar{\boldsymbol{h}}_{s'})\right)}
