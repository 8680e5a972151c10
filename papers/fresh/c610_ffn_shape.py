from h import *
rng=np.random.default_rng(610); dm,df=3,5
W1,b1,W2,b2,x=rng.normal(size=(dm,df)),rng.normal(size=df),rng.normal(size=(df,dm)),rng.normal(size=dm),rng.normal(size=dm)
run('c610_ffn_shape', {'W_1':W1,'b_1':b1,'W_2':W2,'b_2':b2,'x':x}, (torch.relu(T(x)@T(W1)+T(b1))@T(W2)+T(b2)).numpy(), fn='y')
