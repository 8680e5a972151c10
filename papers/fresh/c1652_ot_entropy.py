from h import *
rng=np.random.default_rng(1652); n,m=3,4; P=rng.uniform(0.01,1,size=(n,m)); P/=P.sum(); C=rng.uniform(0,1,size=(n,m)); eps=0.1
H=-(T(P)*(torch.log(T(P))-1)).sum(); E=(T(P)*T(C)).sum()-eps*H
run('c1652_ot_entropy', {r'\mathbf{P}':P, r'\mathbf{C}':C}, {'h':H.numpy(), 'e':E.numpy()}, fn=[r'\mathbf{H}', r'\mathrm{E}'])
