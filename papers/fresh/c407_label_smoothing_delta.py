from h import *
rng=np.random.default_rng(407); K=5; p=torch.softmax(T(rng.normal(size=K)),0).numpy(); y=2; e=0.1
q=torch.full((K,),e/K); q[y]+=1-e
exp=-(torch.log(T(p))*q).sum()
run('c407_label_smoothing_delta', {'p':p,'y':y+1,r'\epsilon':e}, exp.numpy(), fn='H')
