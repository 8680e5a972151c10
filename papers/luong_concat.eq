% Luong, Pham & Manning (2015), Eq. 8, the "concat" score: [h_t; \bar{h}_s] stacks the two states
\boldsymbol{h}_t, \bar{\boldsymbol{h}}_s \in \mathbb{R}^{d}, \boldsymbol{W}_a \in \mathbb{R}^{d_a \times 2d}, \boldsymbol{v}_a \in \mathbb{R}^{d_a}

\mathrm{score}(\boldsymbol{h}_t, \bar{\boldsymbol{h}}_s) = \boldsymbol{v}_a^\top \tanh\left(\boldsymbol{W}_a [\boldsymbol{h}_t; \bar{\boldsymbol{h}}_s]\right)
