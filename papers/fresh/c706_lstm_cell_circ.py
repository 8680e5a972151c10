from h import *
rng=np.random.default_rng(706); d=4
f,i,o,ct,cp=(rng.normal(size=d) for _ in range(5))
c=f*cp+i*ct
run('c706_lstm_cell_circ', {'f_t':f,'i_t':i,'o_t':o,r'\tilde{c}_t':ct,'c_{t-1}':cp}, o*np.tanh(c), fn='h_t')
