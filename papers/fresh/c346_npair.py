from h import *
rng=np.random.default_rng(346); d,N=4,5; f,fp=rng.normal(size=d),rng.normal(size=d); F=rng.normal(size=(N-1,d))
run('c346_npair', {'f':f,'f^+':fp,'f_i':F}, np.array(np.log(1+np.exp(F@f-f@fp).sum())), fn=r'\mathcal{L}')
