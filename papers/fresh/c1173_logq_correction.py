from h import *
rng=np.random.default_rng(1173); B=5; s=rng.normal(size=(B,B)); p=rng.uniform(0.01,0.3,B)
sc=s-np.log(p)[None,:]
run('c1173_logq_correction', {'s(x_i, y_j)':s,'p':p}, torch.softmax(T(sc),1).diagonal().numpy(), fn=r'\mathcal{P}_B')
