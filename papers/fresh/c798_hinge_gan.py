from h import *
rng=np.random.default_rng(798); n,d,k=6,3,2
x=rng.normal(size=(n,d)); z=rng.normal(size=(n,k)); w=rng.normal(size=d); A=rng.normal(size=(d,k))
dr=T(x)@T(w); df=(T(z)@T(A).T)@T(w)
run('c798_hinge_gan', {'x':x,'z':z,'w':w,'A':A}, (-torch.clamp(dr-1,max=0).mean()-torch.clamp(-1-df,max=0).mean()).numpy())
