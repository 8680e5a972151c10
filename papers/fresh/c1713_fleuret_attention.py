from h import *
rng=np.random.default_rng(1713); T_,Tp,Dqk,Dv=3,4,5,2; Q=rng.normal(size=(T_,Dqk)); K=rng.normal(size=(Tp,Dqk)); V=rng.normal(size=(Tp,Dv))
A=torch.softmax(T(Q@K.T/np.sqrt(Dqk)),1).numpy()
run('c1713_fleuret_attention', {'Q':Q,'K':K,'V':V}, A@V, fn='Y')
