from h import *
rng=np.random.default_rng(1336); C=5; f=rng.normal(size=C)*2; y=3
run('c1336_cs231n_softmax_loss', {'f':f,'y_i':y}, np.array(-f[y]+np.log(np.exp(f).sum())), fn='L_i')
